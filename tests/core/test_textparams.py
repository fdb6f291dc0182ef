import numpy as np
import pytest

from urflow.core.errors import InputError
from urflow.core.stats.checks import weights_by_name
from urflow.core.textparams import parse_matrix, parse_number_list, parse_weights


def parse_keyed_numbers(text, keys, what):
    """Weights typed as text, put in ``keys`` order: what the hollow-village run does."""
    return weights_by_name(parse_weights(text, what), keys, what)


def test_matrix_with_fractions():
    np.testing.assert_allclose(
        parse_matrix("1,3,5; 1/3,1,3; 1/5 1/3 1", "AHP_MATRIX"),
        [[1, 3, 5], [1 / 3, 1, 3], [0.2, 1 / 3, 1]],
    )


def test_matrix_must_be_square():
    with pytest.raises(InputError, match="AHP_MATRIX: a square matrix"):
        parse_matrix("1,2;1", "AHP_MATRIX")


def test_number_list_and_bad_token():
    np.testing.assert_allclose(parse_number_list("0.1, 0.2;0.3", "THRESHOLDS"), [0.1, 0.2, 0.3])
    with pytest.raises(InputError, match="THRESHOLDS: 'x' is not a number"):
        parse_number_list("0.1, x", "THRESHOLDS")


def test_keyed_and_positional_weights():
    keys = ["P1", "L1", "A2"]
    np.testing.assert_allclose(parse_keyed_numbers("L1=2, P1: 1", keys, "W"), [1, 2, 0])
    np.testing.assert_allclose(parse_keyed_numbers("1 2 3", keys, "W"), [1, 2, 3])
    with pytest.raises(InputError, match="unknown indicator 'Q9'"):
        parse_keyed_numbers("Q9=1", keys, "W")
    with pytest.raises(InputError, match="2 values for 3 indicators"):
        parse_keyed_numbers("1 2", keys, "W")
