"""European and Latin American street addresses, and US military mail (made-up addresses)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, spans", [
    ("Send it to Hauptstraße 5, 10115 Berlin please", ["Hauptstraße 5, 10115 Berlin"]),
    ("Lieferadresse: Berliner Str. 12a", ["Berliner Str. 12a"]),
    ("Mannerheimintie 5 A 3, 00100 Helsinki", ["Mannerheimintie 5 A 3, 00100 Helsinki"]),
    ("Storgatan 1, 111 51 Stockholm", ["Storgatan 1, 111 51 Stockholm"]),
    ("Keizersgracht 123, 1015 CJ Amsterdam", ["Keizersgracht 123, 1015 CJ Amsterdam"]),
    ("Kossuth Lajos utca 12., 1053 Budapest", ["Kossuth Lajos utca 12., 1053 Budapest"]),
    ("lakcím: Andrássy út 1", ["Andrássy út 1"]),
    ("Václavské náměstí 1, 110 00 Praha 1", ["Václavské náměstí 1, 110 00 Praha 1"]),
    ("Via Roma 10, 00184 Roma", ["Via Roma 10, 00184 Roma"]),
    ("Calle de Alcalá, 23, 28014 Madrid", ["Calle de Alcalá, 23, 28014 Madrid"]),
    ("Rua Augusta 100, 1100-053 Lisboa", ["Rua Augusta 100, 1100-053 Lisboa"]),
    ("ul. Marszałkowska 10, 00-950 Warszawa", ["ul. Marszałkowska 10, 00-950 Warszawa"]),
    ("Calle 72 # 10-34, Bogotá", ["Calle 72 # 10-34"]),
    ("livraison au 12 rue de la Paix, 75002 Paris", ["12 rue de la Paix, 75002 Paris"]),
    ("5, avenue des Champs-Élysées", ["5, avenue des Champs-Élysées"]),
    ("Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200", ["Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200"]),
    ("Calle Durango 245, Col. Roma, C.P. 06700", ["Calle Durango 245, Col. Roma, C.P. 06700"]),
    ("PSC 1234, Box 5678, APO AE 09876", ["PSC 1234, Box 5678, APO AE 09876"]),
    ("USNS Comfort, FPO AE 09123-4567", ["USNS Comfort, FPO AE 09123-4567"]),
])
def test_street_addresses(expect, text, spans):
    expect(text, "POSTAL_ADDRESS", spans, ())


@pytest.mark.parametrize("text", [
    "et al. Smith 2019 showed it", "shipped via Amazon 3 days ago", "Offspring 3 tickets sold", "the String 5 times",
    "Via Gateway 3 hops away",                # 'Via' is a common word: needs a postcode or an address label
    "3 place holders left", "Version 2 Strasse", "Normal Sleep 4", "GNU Radio 3.7.14.0",
])
def test_look_alikes_are_not_addresses(found, text):
    assert found(text, "POSTAL_ADDRESS") == []


def test_a_street_type_that_is_a_common_word_needs_a_label(found):
    assert found("Vesterbrogade 5", "POSTAL_ADDRESS") == []
    assert found("Vesterbrogade 5", "POSTAL_ADDRESS", ("shipping_address",)) == ["Vesterbrogade 5"]
    assert found("Vesterbrogade 5, 1620 København", "POSTAL_ADDRESS") == ["Vesterbrogade 5, 1620 København"]
