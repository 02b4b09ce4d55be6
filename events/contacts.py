"""What makes two registrations the same person: names and contacts compared once folded, and booking codes.

A registration is a duplicate when, at the same event, the same folded name comes with the same e-mail address or
the same phone number. An aidant registering several people with their own contact is therefore not refused.
"""

import re
import secrets

from proxinum.search_query import fold

# Booking codes: no look-alikes (0/O, 1/I/L), so that a code read on a phone or copied by hand stays right.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8

_NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]+")
_PHONE_PUNCTUATION = re.compile(r"[\s.\-/()]")


def fold_name(name):
    """ "  Élodie   LE-BRETON " and "elodie le breton" fold to the same key: no case, accent or punctuation (the
    search's folding, so that "Cœur" and "Coeur" are one name too)."""
    return " ".join(_NOT_LETTER_OR_DIGIT.sub(" ", fold(name or "")).split())[:120]


def normalise_email(email):
    return (email or "").strip().lower()


def normalise_phone(phone):
    """One form per number: French numbers in any writing ("06 12 34 56 78", "+33 6 12 34 56 78", "0033612345678",
    "+33 (0)6 12 34 56 78") become "+33612345678"; other international numbers "+<digits>". "" when empty.

    A number that fits neither (too short, too long) comes back as its digits, so that it still compares equal to
    itself; the form refuses such numbers anyway (see phone_problem).
    """
    text = (phone or "").strip().replace("(0)", "")
    text = _PHONE_PUNCTUATION.sub("", text)
    if not text:
        return ""
    if text.startswith("00"):
        text = "+" + text[2:]
    if text.startswith("+"):
        digits = text[1:]
        if digits.startswith("330"):  # +33 0 6 12 34 56 78
            digits = "33" + digits[3:]
        return "+" + digits
    if len(text) == 10 and text.startswith("0"):
        return "+33" + text[1:]
    return text


def phone_problem(phone):
    """Why a typed phone number cannot be used, or "" when it can: "letters" or "length"."""
    text = _PHONE_PUNCTUATION.sub("", (phone or "").strip().replace("(0)", ""))
    if not re.fullmatch(r"\+?[0-9]+", text):
        return "letters"
    normalised = normalise_phone(phone)
    if normalised.startswith("+33"):
        return "" if len(normalised) == 12 else "length"
    if normalised.startswith("+"):
        return "" if 8 <= len(normalised) - 1 <= 15 else "length"  # E.164: at most 15 digits
    return "length"  # neither a French number of 10 digits nor an international one


def new_booking_code():
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(code):
    """What a person types ("k7mp 3xq9", "K7MP-3XQ9") as stored ("K7MP3XQ9")."""
    return _NOT_LETTER_OR_DIGIT.sub("", (code or "").upper())


def format_code(code):
    """ "K7MP3XQ9" shown as "K7MP-3XQ9": two groups are easier to read out and copy."""
    half = len(code) // 2
    return f"{code[:half]}-{code[half:]}" if code else ""
