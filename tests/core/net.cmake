# tests for core/net
