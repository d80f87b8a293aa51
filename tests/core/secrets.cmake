# tests for core/secrets
