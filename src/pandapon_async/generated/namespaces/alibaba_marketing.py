# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
"""The ``client.alibaba.marketing`` namespace.

Imported on first access to ``client.alibaba.marketing``; each method calls the function module of the same
operation (``pandapon_async.generated.api``) with this namespace's client.
"""

from typing import Any

from ..._namespaces import Namespace, call_pending


class AlibabaMarketingNamespace(Namespace):
    """``client.alibaba.marketing``."""

    async def search_global_strict_selection(
        self, *, params: dict[str, Any] | None = None, json: Any = None
    ) -> dict[str, Any]:
        """Global strict selection (全球严选): pending, its path is not public.

        PandaPon's documentation lists this endpoint (``1688.marketing.global_strict_selection``, POST) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"1688.marketing.global_strict_selection": "POST /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``1688.marketing.global_strict_selection``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "1688.marketing.global_strict_selection", params=params, json=json)

    async def search_strict_selection(
        self, *, params: dict[str, Any] | None = None, json: Any = None
    ) -> dict[str, Any]:
        """1688 Strict Selection (1688严选): pending, its path is not public.

        PandaPon's documentation lists this endpoint (``1688.marketing.strict_selection``, POST) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"1688.marketing.strict_selection": "POST /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``1688.marketing.strict_selection``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "1688.marketing.strict_selection", params=params, json=json)

    async def get_hot_list(self, *, params: dict[str, Any] | None = None, json: Any = None) -> dict[str, Any]:
        """Hot selling list (热销榜单): pending, its path is not public.

        PandaPon's documentation lists this endpoint (``1688.marketing.hot_list``, POST) but shows no
        path, so the client does not guess one. Supply the path your console shows and the call goes through
        ``client.request()`` (signed, envelope checked; retried only when its method is GET)::

            PandaPonClient(pending_paths={"1688.marketing.hot_list": "POST /path/from/your/console"})

        Args:
            params: Query parameters (``None`` values are left out).
            json: The JSON body, for a POST.

        Raises:
            pandapon_async.ConfigurationError: No path was supplied for ``1688.marketing.hot_list``.
            pandapon_async.APIError: As ``client.request()`` (business codes, HTTP status, connection).

        Returns:
            dict[str, Any]: The decoded envelope (``requestId``, ``code``, ``msg``, ``data``...).
        """
        return await call_pending(self._client, "1688.marketing.hot_list", params=params, json=json)
