"""The pipeline's Lambda handlers: the durable orchestrator and its four agents."""
