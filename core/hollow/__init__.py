"""Hollow-village detection (空心村识别): indicators, weights, score, levels, typology."""

from .indicators import *  # noqa: F401,F403
from .indicators import LEVEL_LABELS  # noqa: F401
