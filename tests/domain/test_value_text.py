"""Reading what a user typed: Dutch number and date habits, clear errors in their language."""

from __future__ import annotations

import pytest

from db import catalogue
from desktop.domain.value_text import parse_text, show_text

ACTION = catalogue.entity("action").by_name


@pytest.mark.parametrize("typed, stored", [
    ("2027-12-31", "2027-12-31"), ("31-12-2027", "2027-12-31"), ("31/12/2027", "2027-12-31"),
    ("1.2.2028", "2028-02-01"), ("2028-2-1", "2028-02-01"), (" 05-01-2026 ", "2026-01-05"),
])
def test_dates_in_dutch_and_iso_forms(typed, stored):
    assert parse_text(ACTION["start_date"], typed) == stored


@pytest.mark.parametrize("typed", ["31-02-2027", "volgend jaar", "2027-13-01", "12-2027"])
def test_impossible_dates_are_left_for_the_store_to_refuse(typed):
    assert parse_text(ACTION["start_date"], typed) == typed.strip()


def test_numbers_and_messages_in_the_users_language():
    assert parse_text(ACTION["budget_eur"], "1.234,5") == 1234.5
    assert parse_text(ACTION["budget_eur"], "€ 2500") == 2500.0
    assert parse_text(ACTION["trl_start"], "") is None
    with pytest.raises(ValueError, match="TRL bij start: verwacht een geheel getal"):
        parse_text(ACTION["trl_start"], "zes", "nl")
    with pytest.raises(ValueError, match="TRL at start: expected a whole number"):
        parse_text(ACTION["trl_start"], "six", "en")
    assert show_text(ACTION["budget_eur"], 1234.5, "nl") == "1234,5"
