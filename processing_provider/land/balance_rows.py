"""Pass/fail words of the OUTPUT_BALANCE ``result`` field, kept for ui/linkage_dialog.py.

The rows themselves are built by ``core.linkage.table``; a reader should use the stable
``passed`` field (1/0) rather than these words.
"""

from ...core.linkage.labels import PASSED

#: ``{True: (中文, English), False: (…)}``: the words ``result`` holds for a passed / failed rule.
RESULT = {
    passed: (PASSED.label(int(passed), "zh"), PASSED.label(int(passed))) for passed in (True, False)
}
