# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
"""Generated from openapi/pandapon.yaml: endpoint functions in ``api``, models in ``models``, the namespaces of
``PandaPonClient`` in ``namespaces`` and the operation table in ``_operations``.

Endpoint functions take the handwritten ``pandapon_async.PandaPonClient``; there is no generated client class.
"""
