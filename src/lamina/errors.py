"""Every error Lamina raises on purpose, with the Lambda error shape it maps to."""

from __future__ import annotations


class LaminaError(Exception):
    """Root of Lamina's errors: a Lambda error code, an HTTP status and a message."""

    code = "ServiceException"
    http_status = 500
    # Whether a handler should be re-invoked rather than failed when a call meets this error.
    retryable = False

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidParameterValue(LaminaError):
    code = "InvalidParameterValueException"
    http_status = 400


class InvalidCheckpointToken(InvalidParameterValue):
    """The SDK retries exactly the errors whose message starts with 'Invalid checkpoint token'."""

    retryable = True

    def __init__(self, detail: str) -> None:
        super().__init__(f"Invalid checkpoint token: {detail}")


class ResourceNotFound(LaminaError):
    code = "ResourceNotFoundException"
    http_status = 404


class CallbackTimeout(LaminaError):
    code = "CallbackTimeoutException"
    http_status = 400


class ResourceConflict(LaminaError):
    code = "ResourceConflictException"
    http_status = 409


class PreconditionFailed(LaminaError):
    """The RevisionId given is not the function's (or alias's) current one."""

    code = "PreconditionFailedException"
    http_status = 412

    def __init__(self) -> None:
        super().__init__(
            "The Revision Id provided does not match the latest Revision Id. "
            "Call the GetFunction/GetAlias API to retrieve the latest Revision Id"
        )


class DurableExecutionAlreadyStarted(LaminaError):
    code = "DurableExecutionAlreadyStartedException"
    http_status = 409


class RequestTooLarge(LaminaError):
    code = "RequestTooLargeException"
    http_status = 413


class TooManyRequests(LaminaError):
    code = "TooManyRequestsException"
    http_status = 429
    retryable = True


class ServiceError(LaminaError):
    code = "ServiceException"
    http_status = 500
    retryable = True


class RemoteError(LaminaError):
    """A service error that crossed a process boundary, rebuilt on the caller's side."""

    def __init__(self, code: str, message: str, retryable: bool) -> None:
        super().__init__(message)
        self.code = code
        self.retryable = retryable


class TemplateError(LaminaError):
    """A SAM template Lamina cannot load."""

    code = "InvalidParameterValueException"
    http_status = 400


class MissingAuthenticationToken(LaminaError):
    code = "MissingAuthenticationTokenException"
    http_status = 403


class UnrecognizedClient(LaminaError):
    code = "UnrecognizedClientException"
    http_status = 403


class InvalidSignature(LaminaError):
    code = "InvalidSignatureException"
    http_status = 403


class AccessDenied(LaminaError):
    code = "AccessDeniedException"
    http_status = 403
