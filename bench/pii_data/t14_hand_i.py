"""test14, hand-written posts (9/9): more of every style, one by one; see t14_markup."""

BLOCK = """
"""
