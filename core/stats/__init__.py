"""Statistics shared by the analyses: weighting (entropy, AHP, …), scoring (weighted sum,
TOPSIS) and class breaks (Jenks, quantile, equal interval, thresholds)."""
