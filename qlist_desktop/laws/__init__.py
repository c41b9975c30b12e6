"""The law library (法规库): national laws built into the app plus laws the user adds.

Pure Python, no Qt and no workspace: parsing law texts, building the shipped data file, and queries by
title, article and full text.
"""
