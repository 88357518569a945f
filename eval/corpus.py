"""Deterministic, news-like articles for benchmarks (never for accuracy figures)."""

from __future__ import annotations

import random

OUTLETS = ["TASS", "Reuters", "AFP", "the Associated Press", "Interfax", "Ukrinform", "the BBC", "Xinhua", "dpa"]
PEOPLE = ["Maria Lopez", "Oleh Kovalenko", "Anna Weiss", "Tom Reyes", "Ahmed Karimi", "Claire Dubois", "Jan Novak"]
PLACES = ["Kharkiv", "Odesa", "the border region", "the capital", "the port city", "the northern district"]
THINGS = ["the bridge", "a fuel depot", "the power station", "a school", "the rail line", "the dam", "a market"]
TEMPLATES = [
    "According to {outlet}, {thing} near {place} was damaged overnight.",
    "{outlet} reported that {n} people were evacuated from {place}.",
    "The agency added that repairs to {thing} would take {n} days.",
    "Officials said the curfew in {place} would be extended.",
    "{person} said the situation in {place} was under control.",
    "Sources close to the regional governor said {thing} had been mined.",
    "{thing_cap} was reportedly hit by {n} drones.",
    "The claim could not be independently verified.",
    "This development raises serious questions about the safety of {thing}.",
    "The coming weeks will likely determine the fate of {place}.",
    "Residents of {place} queued for water on {day}.",
    "The market in {place} reopened on {day} after {n} days.",
    "{outlet} and {outlet2} both reported heavy shelling near {place}.",
    "“We will rebuild {thing},” {person} told reporters.",
    "There were reports of explosions near {thing}.",
    "Prices of bread in {place} rose by {n} percent.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def sentence(rng: random.Random) -> str:
    thing = rng.choice(THINGS)
    outlet, outlet2 = rng.sample(OUTLETS, 2)
    return rng.choice(TEMPLATES).format(
        outlet=outlet[0].upper() + outlet[1:],
        outlet2=outlet2,
        person=rng.choice(PEOPLE),
        place=rng.choice(PLACES),
        thing=thing,
        thing_cap=thing[0].upper() + thing[1:],
        n=rng.randint(2, 400),
        day=rng.choice(DAYS),
    )


def article_body(rng: random.Random, paragraphs: int = 8) -> str:
    return "\n\n".join(" ".join(sentence(rng) for _ in range(rng.randint(1, 4))) for _ in range(paragraphs)) + "\n"


def corpus(size_bytes: int, seed: int = 1) -> list[str]:
    """Articles totalling at least ``size_bytes`` of UTF-8 text."""
    rng = random.Random(seed)
    out: list[str] = []
    total = 0
    while total < size_bytes:
        body = article_body(rng)
        out.append(body)
        total += len(body.encode("utf-8"))
    return out
