"""AI Resume Processor: turns uploaded resumes into structured, searchable candidate records."""

__version__ = "0.1.0"
