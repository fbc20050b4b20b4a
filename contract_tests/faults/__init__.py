"""Fault injection: a proxy that breaks the contract on purpose, to prove the suite notices.

`python -m contract_tests.faults --detect` starts the mock, runs the suite once clean and once
per fault, and prints which check caught each one (tests/contract/test_fault_detection.py
asserts the same).
"""
