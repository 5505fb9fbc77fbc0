"""Names shared by the operator, the chart and the tests."""

GROUP = "airesume.io"
VERSION = "v1alpha1"
RESUMEJOB_PLURAL = "resumejobs"
WORKERAUTOSCALER_PLURAL = "workerautoscalers"
