"""The seed's document pipeline: an orchestrator and four agents on Lamina."""
