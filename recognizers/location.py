"""Geographic coordinates: latitude/longitude pairs, DMS notation, and labelled single values."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from recognizers.base import Detection, PiiRecognizer, TextContext, boost, embedded, join_reason

_LAT = r"[-+]?(?:[1-8]?[0-9]\.[0-9]{2,8}|90\.0{2,8})"
_LON = r"[-+]?(?:1[0-7][0-9]|[1-9]?[0-9])\.[0-9]{2,8}"
_NUM = re.compile(r"[-+]?[0-9]+\.([0-9]+)")


class LocationRecognizer(PiiRecognizer):
    """Coordinates: 'lat, lng' pairs, 35°41'22"N 139°41'30"E, and values labelled lat / lng / 緯度 / 经度."""

    ENTITY = "LOCATION"
    PATTERNS = (
        Pattern("lat,lng pair (medium)", rf"(?<![0-9.]){_LAT} ?[, ] ?{_LON}(?![0-9]|\.[0-9])", 0.6),
        Pattern("dms pair (strong)",
                r"[0-9]{1,3}°(?: ?[0-9]{1,2}['′])?(?: ?[0-9]{1,2}(?:\.[0-9]{1,4})?[\"″])? ?[NS],? ?"
                r"[0-9]{1,3}°(?: ?[0-9]{1,2}['′])?(?: ?[0-9]{1,2}(?:\.[0-9]{1,4})?[\"″])? ?[EW]", 0.85),
        Pattern("coordinate (needs label)", r"(?<![0-9.])[-+]?[0-9]{1,3}\.[0-9]{3,8}(?![0-9]|\.[0-9])", 0.1),
    )
    CONTEXT = ("lat", "lng", "lon", "long", "latitude", "longitude", "location", "loc", "coord", "coords",
               "coordinates", "gps", "geo", "position", "latlng", "latlon", "緯度", "経度", "位置", "座標", "位置情報",
               "纬度", "经度", "经纬度", "坐标", "定位", "位置信息")
    NEGATIVE_CONTEXT = ("price", "amount", "total", "version", "ver", "score", "rate", "ratio", "percent", "time",
                        "latency", "elapsed", "duration", "ms", "cpu", "mem", "load", "weight", "height", "temp")

    def judge(self, m: re.Match[str], pattern: Pattern, tc: TextContext) -> Detection | None:
        """Pairs need three decimals each unless labelled; single values need a coordinate label."""
        if embedded(tc.text, m.start(), m.end(), "/_-"):
            return None
        pol = tc.polarity(self, m.start())
        if pol.sign < 0:
            return None
        value = m.group()
        if pattern.score < 0.5:
            if pol.sign <= 0 or abs(float(value)) > 180:
                return None
            return self.found(m.start(), m.end(), 0.85, join_reason("coordinate value", pol.describe()))
        if pattern.name.startswith("lat") and pol.sign == 0 and min(len(d) for d in _NUM.findall(value)) < 3:
            return None
        score = boost(pattern.score, pol, floor=0.95)
        return self.found(m.start(), m.end(), score, join_reason(pattern.name, pol.describe()))
