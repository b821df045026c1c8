"""Generated from openapi/pandapon.yaml: endpoint functions in ``api``, models in ``models``.

Endpoint functions take the handwritten ``pandapon_async.PandaPonClient``; there is no generated client class.
"""
