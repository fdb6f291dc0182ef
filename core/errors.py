"""The one error family raised by the core package."""


class URFlowError(ValueError):
    """Base class of every error the core raises on bad input or an unsolvable request.

    Algorithms turn it into a ``QgsProcessingException`` with the same message, so the
    message must be written for a planner: name the field, the feature ids and the rule.
    """


class InputError(URFlowError):
    """An input array or parameter breaks a documented precondition."""


class InfeasibleError(URFlowError):
    """A request that has no solution, e.g. a land balance that cannot be met."""
