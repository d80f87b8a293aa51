# tests for core/profile
