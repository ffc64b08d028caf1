"""Prefect flows: the thin shell that schedules and observes factcheck's plain functions."""
