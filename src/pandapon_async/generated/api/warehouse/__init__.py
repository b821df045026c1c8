# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
"""Contains endpoint functions for accessing the API"""
