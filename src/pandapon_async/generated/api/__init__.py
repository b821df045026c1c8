# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
"""Contains methods for accessing the API"""
