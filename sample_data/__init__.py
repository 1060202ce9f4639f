"""MiauMall sample data: the privacy policy as data, a demo config and a generator for demo stores."""

from pathlib import Path

HERE = Path(__file__).resolve().parent
MIAUMALL = HERE / "miaumall"
POLICY = MIAUMALL / "policy.yaml"
