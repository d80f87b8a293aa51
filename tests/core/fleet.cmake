# tests for core/fleet
