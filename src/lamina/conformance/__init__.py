"""Judging executions against AWS's durable execution conformance requirements."""
