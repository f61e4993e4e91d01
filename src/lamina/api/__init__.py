"""The Lambda-compatible HTTP API: what boto3 and the AWS CLI speak (rest-json)."""

from lamina.api.app import create_app

__all__ = ["create_app"]
