"""The worked examples of DOMAIN.md §4 shared by the core tests (inputs only; each test keeps
the hand-computed answers it checks)."""

import numpy as np

#: E6: five villages; columns P1 +, L1 +, L2 (m²/person) +, A1 night light −.
E6_X = np.array(
    [
        [0.35, 0.28, 210, 1.2],
        [0.10, 0.05, 140, 6.5],
        [0.22, 0.31, 175, 3.0],
        [0.48, 0.18, 260, 0.9],
        [0.30, 0.12, 230, 2.2],
    ]
)
E6_POSITIVE = [True, True, True, False]
#: E7: AHP pairwise matrix of three indicators.
E7 = [[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]]
