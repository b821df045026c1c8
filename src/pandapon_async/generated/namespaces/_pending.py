# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
"""The documented entries whose path is not public (the spec's ``x-pandapon-pending``), by reference key."""

from ..._namespaces import PendingEntry

PENDING: dict[str, PendingEntry] = {
    "1688.aftersales.logistics_companies": PendingEntry(
        key="1688.aftersales.logistics_companies",
        title="List of logistics companies - all logistics companies",
        method="GET",
    ),
    "1688.aftersales.refund_reasons": PendingEntry(
        key="1688.aftersales.refund_reasons",
        title="Check the reason for refund and return (used to create refund and return)",
        method="POST",
    ),
    "1688.aftersales.upload_voucher": PendingEntry(
        key="1688.aftersales.upload_voucher", title="Upload the refund and return voucher", method="POST"
    ),
    "1688.cart.add": PendingEntry(key="1688.cart.add", title="Add a shopping cart", method=None),
    "1688.cart.delete": PendingEntry(key="1688.cart.delete", title="Delete the shopping cart products", method=None),
    "1688.goods.category": PendingEntry(
        key="1688.goods.category", title="Query multilingual categories according to category ID", method="POST"
    ),
    "1688.goods.recommend": PendingEntry(
        key="1688.goods.recommend", title="Product recommendation inquiry", method="POST"
    ),
    "1688.goods.wangwang_url": PendingEntry(
        key="1688.goods.wangwang_url", title="Convert and decrypt to Wangwang URL", method="POST"
    ),
    "1688.marketing.global_strict_selection": PendingEntry(
        key="1688.marketing.global_strict_selection", title="Global strict selection", method="POST"
    ),
    "1688.marketing.hot_list": PendingEntry(key="1688.marketing.hot_list", title="Hot selling list", method="POST"),
    "1688.marketing.strict_selection": PendingEntry(
        key="1688.marketing.strict_selection", title="1688 Strict Selection", method="POST"
    ),
    "1688.order.logistics_trace": PendingEntry(
        key="1688.order.logistics_trace", title="Obtain the logistics tracking information of the order", method="GET"
    ),
    "foundations.address_list": PendingEntry(
        key="foundations.address_list", title="Get user address information", method=None
    ),
    "taobao.aftersales.refund_message_list": PendingEntry(
        key="taobao.aftersales.refund_message_list", title="Reverse single message list query", method="POST"
    ),
    "taobao.aftersales.refund_modify": PendingEntry(
        key="taobao.aftersales.refund_modify", title="Reverse order modification", method="POST"
    ),
    "taobao.aftersales.refund_submit": PendingEntry(
        key="taobao.aftersales.refund_submit", title="Reverse order submission", method="POST"
    ),
    "taobao.aftersales.return_logistics_render": PendingEntry(
        key="taobao.aftersales.return_logistics_render", title="Return logistics rendering", method="GET"
    ),
    "taobao.aftersales.return_logistics_submit": PendingEntry(
        key="taobao.aftersales.return_logistics_submit", title="Return logistics submission", method="POST"
    ),
    "taobao.cart.delete": PendingEntry(
        key="taobao.cart.delete", title="Delete the shopping cart products", method="POST"
    ),
    "taobao.cart.edit_quantity": PendingEntry(
        key="taobao.cart.edit_quantity", title="Edit the quantity of goods", method="POST"
    ),
    "taobao.cart.list": PendingEntry(key="taobao.cart.list", title="List of shopping carts", method="GET"),
    "taobao.cart.preview_order": PendingEntry(
        key="taobao.cart.preview_order", title="Generate an order preview", method="POST"
    ),
    "taobao.goods.image_search": PendingEntry(
        key="taobao.goods.image_search", title="Taobao commodity picture search interface", method="POST"
    ),
    "taobao.order.cancel": PendingEntry(key="taobao.order.cancel", title="Cancel the order", method="POST"),
    "taobao.order.detail": PendingEntry(
        key="taobao.order.detail", title="Get the order details according to the order ID", method="GET"
    ),
    "taobao.order.page": PendingEntry(key="taobao.order.page", title="Paging to query the order list", method="GET"),
    "taobao.order.pay": PendingEntry(key="taobao.order.pay", title="Pay for the order", method="POST"),
    "taobao.order.upload_payment_voucher": PendingEntry(
        key="taobao.order.upload_payment_voucher", title="Upload the payment voucher", method="POST"
    ),
}
