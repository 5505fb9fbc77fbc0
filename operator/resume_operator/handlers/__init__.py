"""What the kopf handlers in `resume_operator.main` call: read inputs, decide, write results."""
