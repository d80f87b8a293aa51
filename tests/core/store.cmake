# tests for core/store
