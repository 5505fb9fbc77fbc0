"""The kopf operator: WorkerAutoscaler and ResumeJob (built in a later issue)."""
