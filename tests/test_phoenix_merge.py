"""kg.phoenix_merge: the checks of Phoenix actor codes (the merge itself: test_import_petrarch.py)."""

from __future__ import annotations

import pytest

from kg.phoenix_merge import compound_members, valid_code


@pytest.mark.parametrize("code, valid", [("AFGGOV", True), ("FRO/BIL/SAM", True), ("ELR/GAL", True),
                                         ("---", False), ("###", False), ("FRO/", False), ("afg", False)])
def test_valid_codes_include_compound_ones(code, valid):
    assert valid_code(code) is valid


def test_compound_members():
    assert compound_members("FRO/BIL/SAM") == ["FRO", "BIL", "SAM"]
    assert compound_members("AFGGOV") == ["AFGGOV"] and compound_members(None) == []
