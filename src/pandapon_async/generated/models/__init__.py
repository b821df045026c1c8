# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
"""Contains all the data models used in inputs/outputs.

Models are imported lazily, on first attribute access, so importing one operation does not import them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address_add_or_update_request import AddressAddOrUpdateRequest
    from .address_add_or_update_response import AddressAddOrUpdateResponse
    from .alibaba_cart_address_param import AlibabaCartAddressParam
    from .alibaba_cart_create_order_request import AlibabaCartCreateOrderRequest
    from .alibaba_cart_create_order_response import AlibabaCartCreateOrderResponse
    from .alibaba_cart_edit_quantity_request import AlibabaCartEditQuantityRequest
    from .alibaba_cart_edit_quantity_response import AlibabaCartEditQuantityResponse
    from .alibaba_cart_edit_quantity_time_zone import AlibabaCartEditQuantityTimeZone
    from .alibaba_cart_edit_quantity_update_time import AlibabaCartEditQuantityUpdateTime
    from .alibaba_cart_item_info import AlibabaCartItemInfo
    from .alibaba_cart_list_data import AlibabaCartListData
    from .alibaba_cart_list_response import AlibabaCartListResponse
    from .alibaba_cart_preview_order_request import AlibabaCartPreviewOrderRequest
    from .alibaba_cart_preview_order_response import AlibabaCartPreviewOrderResponse
    from .alibaba_cart_shop_item import AlibabaCartShopItem
    from .alibaba_goods_detail_data import AlibabaGoodsDetailData
    from .alibaba_goods_detail_request import AlibabaGoodsDetailRequest
    from .alibaba_goods_detail_response import AlibabaGoodsDetailResponse
    from .alibaba_goods_image_search_data import AlibabaGoodsImageSearchData
    from .alibaba_goods_image_search_request import AlibabaGoodsImageSearchRequest
    from .alibaba_goods_image_search_response import AlibabaGoodsImageSearchResponse
    from .alibaba_goods_keyword_search_data import AlibabaGoodsKeywordSearchData
    from .alibaba_goods_keyword_search_request import AlibabaGoodsKeywordSearchRequest
    from .alibaba_goods_keyword_search_response import AlibabaGoodsKeywordSearchResponse
    from .alibaba_goods_product_list_item import AlibabaGoodsProductListItem
    from .alibaba_goods_related_recommend_request import AlibabaGoodsRelatedRecommendRequest
    from .alibaba_goods_related_recommend_response import AlibabaGoodsRelatedRecommendResponse
    from .alibaba_goods_store_offer_item import AlibabaGoodsStoreOfferItem
    from .alibaba_goods_store_search_data import AlibabaGoodsStoreSearchData
    from .alibaba_goods_store_search_request import AlibabaGoodsStoreSearchRequest
    from .alibaba_goods_store_search_response import AlibabaGoodsStoreSearchResponse
    from .alibaba_order_batch_create_address_param import AlibabaOrderBatchCreateAddressParam
    from .alibaba_order_batch_create_cargo import AlibabaOrderBatchCreateCargo
    from .alibaba_order_batch_create_request import AlibabaOrderBatchCreateRequest
    from .alibaba_order_batch_create_response import AlibabaOrderBatchCreateResponse
    from .alibaba_order_batch_submit_to_pay_request import AlibabaOrderBatchSubmitToPayRequest
    from .alibaba_order_batch_submit_to_pay_response import AlibabaOrderBatchSubmitToPayResponse
    from .alibaba_order_cancel_request import AlibabaOrderCancelRequest
    from .alibaba_order_cancel_response import AlibabaOrderCancelResponse
    from .alibaba_order_create_address_param import AlibabaOrderCreateAddressParam
    from .alibaba_order_create_cargo import AlibabaOrderCreateCargo
    from .alibaba_order_create_request import AlibabaOrderCreateRequest
    from .alibaba_order_create_response import AlibabaOrderCreateResponse
    from .alibaba_order_created_order import AlibabaOrderCreatedOrder
    from .alibaba_order_detail_data import AlibabaOrderDetailData
    from .alibaba_order_detail_request import AlibabaOrderDetailRequest
    from .alibaba_order_detail_response import AlibabaOrderDetailResponse
    from .alibaba_order_list_request import AlibabaOrderListRequest
    from .alibaba_order_list_response import AlibabaOrderListResponse
    from .alibaba_order_native_logistics import AlibabaOrderNativeLogistics
    from .alibaba_order_pay_url_data import AlibabaOrderPayUrlData
    from .alibaba_order_pay_url_response import AlibabaOrderPayUrlResponse
    from .alibaba_order_preview_address_param import AlibabaOrderPreviewAddressParam
    from .alibaba_order_preview_batch_address_param import AlibabaOrderPreviewBatchAddressParam
    from .alibaba_order_preview_batch_cargo import AlibabaOrderPreviewBatchCargo
    from .alibaba_order_preview_batch_request import AlibabaOrderPreviewBatchRequest
    from .alibaba_order_preview_batch_response import AlibabaOrderPreviewBatchResponse
    from .alibaba_order_preview_cargo import AlibabaOrderPreviewCargo
    from .alibaba_order_preview_data import AlibabaOrderPreviewData
    from .alibaba_order_preview_request import AlibabaOrderPreviewRequest
    from .alibaba_order_preview_response import AlibabaOrderPreviewResponse
    from .alibaba_order_preview_result import AlibabaOrderPreviewResult
    from .alibaba_order_product_item import AlibabaOrderProductItem
    from .alibaba_order_receive_goods_data import AlibabaOrderReceiveGoodsData
    from .alibaba_order_receive_goods_request import AlibabaOrderReceiveGoodsRequest
    from .alibaba_order_receive_goods_response import AlibabaOrderReceiveGoodsResponse
    from .alibaba_refund_create_data import AlibabaRefundCreateData
    from .alibaba_refund_create_request import AlibabaRefundCreateRequest
    from .alibaba_refund_create_response import AlibabaRefundCreateResponse
    from .alibaba_refund_info_data import AlibabaRefundInfoData
    from .alibaba_refund_info_request import AlibabaRefundInfoRequest
    from .alibaba_refund_info_response import AlibabaRefundInfoResponse
    from .alibaba_refund_order_entry_count import AlibabaRefundOrderEntryCount
    from .alibaba_refund_return_goods_request import AlibabaRefundReturnGoodsRequest
    from .alibaba_refund_return_goods_response import AlibabaRefundReturnGoodsResponse
    from .callback_alibaba_base_info import CallbackAlibabaBaseInfo
    from .callback_alibaba_customs import CallbackAlibabaCustoms
    from .callback_alibaba_ext_attribute import CallbackAlibabaExtAttribute
    from .callback_alibaba_guarantees_terms import CallbackAlibabaGuaranteesTerms
    from .callback_alibaba_native_logistics import CallbackAlibabaNativeLogistics
    from .callback_alibaba_order_biz_info import CallbackAlibabaOrderBizInfo
    from .callback_alibaba_order_invoice_info import CallbackAlibabaOrderInvoiceInfo
    from .callback_alibaba_order_price_modify_body import CallbackAlibabaOrderPriceModifyBody
    from .callback_alibaba_order_price_modify_message import CallbackAlibabaOrderPriceModifyMessage
    from .callback_alibaba_order_rate_info import CallbackAlibabaOrderRateInfo
    from .callback_alibaba_overseas_extra_address import CallbackAlibabaOverseasExtraAddress
    from .callback_alibaba_product_item import CallbackAlibabaProductItem
    from .callback_alibaba_trade_term import CallbackAlibabaTradeTerm
    from .callback_envelope import CallbackEnvelope
    from .callback_message_body import CallbackMessageBody
    from .callback_taobao_order_price_modify_body import CallbackTaobaoOrderPriceModifyBody
    from .callback_taobao_order_price_modify_message import CallbackTaobaoOrderPriceModifyMessage
    from .callback_taobao_purchase_order_price import CallbackTaobaoPurchaseOrderPrice
    from .callback_taobao_sub_order import CallbackTaobaoSubOrder
    from .envelope import Envelope
    from .taobao_add_cart_item_request import TaobaoAddCartItemRequest
    from .taobao_add_cart_item_response import TaobaoAddCartItemResponse
    from .taobao_batch_check_goods_data import TaobaoBatchCheckGoodsData
    from .taobao_batch_check_goods_request import TaobaoBatchCheckGoodsRequest
    from .taobao_batch_check_goods_response import TaobaoBatchCheckGoodsResponse
    from .taobao_cart_order_address import TaobaoCartOrderAddress
    from .taobao_create_cart_order_request import TaobaoCreateCartOrderRequest
    from .taobao_create_cart_order_response import TaobaoCreateCartOrderResponse
    from .taobao_create_order_request import TaobaoCreateOrderRequest
    from .taobao_create_order_response import TaobaoCreateOrderResponse
    from .taobao_get_goods_data import TaobaoGetGoodsData
    from .taobao_get_goods_response import TaobaoGetGoodsResponse
    from .taobao_get_goods_source_data import TaobaoGetGoodsSourceData
    from .taobao_get_goods_source_request import TaobaoGetGoodsSourceRequest
    from .taobao_get_goods_source_response import TaobaoGetGoodsSourceResponse
    from .taobao_get_order_im_link_request import TaobaoGetOrderImLinkRequest
    from .taobao_get_order_im_link_response import TaobaoGetOrderImLinkResponse
    from .taobao_get_order_logistics_detail_data import TaobaoGetOrderLogisticsDetailData
    from .taobao_get_order_logistics_detail_response import TaobaoGetOrderLogisticsDetailResponse
    from .taobao_goods_mp_product import TaobaoGoodsMpProduct
    from .taobao_goods_no_mp_reason import TaobaoGoodsNoMpReason
    from .taobao_order_logistics_goods import TaobaoOrderLogisticsGoods
    from .taobao_order_logistics_partner import TaobaoOrderLogisticsPartner
    from .taobao_order_logistics_receiver import TaobaoOrderLogisticsReceiver
    from .taobao_order_logistics_trace import TaobaoOrderLogisticsTrace
    from .taobao_order_pnm_logistics_detail import TaobaoOrderPnmLogisticsDetail
    from .taobao_refund_cancel_data import TaobaoRefundCancelData
    from .taobao_refund_cancel_response import TaobaoRefundCancelResponse
    from .taobao_refund_list_request import TaobaoRefundListRequest
    from .taobao_refund_list_response import TaobaoRefundListResponse
    from .taobao_refund_logistics import TaobaoRefundLogistics
    from .taobao_refund_logistics_company import TaobaoRefundLogisticsCompany
    from .taobao_refund_max_refund_fee import TaobaoRefundMaxRefundFee
    from .taobao_refund_message_submit_data import TaobaoRefundMessageSubmitData
    from .taobao_refund_message_submit_request import TaobaoRefundMessageSubmitRequest
    from .taobao_refund_message_submit_response import TaobaoRefundMessageSubmitResponse
    from .taobao_refund_order import TaobaoRefundOrder
    from .taobao_refund_order_aggregate import TaobaoRefundOrderAggregate
    from .taobao_refund_order_template import TaobaoRefundOrderTemplate
    from .taobao_refund_purchase_order_line import TaobaoRefundPurchaseOrderLine
    from .taobao_refund_purchase_order_line_properties_type_0 import TaobaoRefundPurchaseOrderLinePropertiesType0
    from .taobao_refund_query_data import TaobaoRefundQueryData
    from .taobao_refund_query_response import TaobaoRefundQueryResponse
    from .taobao_refund_reason import TaobaoRefundReason
    from .taobao_refund_receiver_address import TaobaoRefundReceiverAddress
    from .taobao_refund_render_data import TaobaoRefundRenderData
    from .taobao_refund_render_request import TaobaoRefundRenderRequest
    from .taobao_refund_render_response import TaobaoRefundRenderResponse
    from .taobao_search_goods_by_keyword_request import TaobaoSearchGoodsByKeywordRequest
    from .taobao_search_goods_by_keyword_response import TaobaoSearchGoodsByKeywordResponse
    from .taobao_update_order_warehouse_data import TaobaoUpdateOrderWarehouseData
    from .taobao_update_order_warehouse_request import TaobaoUpdateOrderWarehouseRequest
    from .taobao_update_order_warehouse_response import TaobaoUpdateOrderWarehouseResponse
    from .warehouse_create_international_logistics_order_request import (
        WarehouseCreateInternationalLogisticsOrderRequest,
    )
    from .warehouse_create_international_logistics_order_response import (
        WarehouseCreateInternationalLogisticsOrderResponse,
    )
    from .warehouse_freight_estimate_request import WarehouseFreightEstimateRequest
    from .warehouse_freight_estimate_response import WarehouseFreightEstimateResponse
    from .warehouse_freight_info import WarehouseFreightInfo
    from .warehouse_inner_logistic_info import WarehouseInnerLogisticInfo
    from .warehouse_line_item import WarehouseLineItem
    from .warehouse_logistic_info import WarehouseLogisticInfo
    from .warehouse_logistic_line_item import WarehouseLogisticLineItem
    from .warehouse_order_freight_preview_request import WarehouseOrderFreightPreviewRequest
    from .warehouse_order_freight_preview_response import WarehouseOrderFreightPreviewResponse
    from .warehouse_receiver_address import WarehouseReceiverAddress
    from .warehouse_render_item import WarehouseRenderItem
    from .warehouse_tmall_order_info import WarehouseTmallOrderInfo
    from .warehouse_update_domestic_logistics_request import WarehouseUpdateDomesticLogisticsRequest
    from .warehouse_update_domestic_logistics_response import WarehouseUpdateDomesticLogisticsResponse

_MODULE_OF = {
    "AddressAddOrUpdateRequest": ".address_add_or_update_request",
    "AddressAddOrUpdateResponse": ".address_add_or_update_response",
    "AlibabaCartAddressParam": ".alibaba_cart_address_param",
    "AlibabaCartCreateOrderRequest": ".alibaba_cart_create_order_request",
    "AlibabaCartCreateOrderResponse": ".alibaba_cart_create_order_response",
    "AlibabaCartEditQuantityRequest": ".alibaba_cart_edit_quantity_request",
    "AlibabaCartEditQuantityResponse": ".alibaba_cart_edit_quantity_response",
    "AlibabaCartEditQuantityTimeZone": ".alibaba_cart_edit_quantity_time_zone",
    "AlibabaCartEditQuantityUpdateTime": ".alibaba_cart_edit_quantity_update_time",
    "AlibabaCartItemInfo": ".alibaba_cart_item_info",
    "AlibabaCartListData": ".alibaba_cart_list_data",
    "AlibabaCartListResponse": ".alibaba_cart_list_response",
    "AlibabaCartPreviewOrderRequest": ".alibaba_cart_preview_order_request",
    "AlibabaCartPreviewOrderResponse": ".alibaba_cart_preview_order_response",
    "AlibabaCartShopItem": ".alibaba_cart_shop_item",
    "AlibabaGoodsDetailData": ".alibaba_goods_detail_data",
    "AlibabaGoodsDetailRequest": ".alibaba_goods_detail_request",
    "AlibabaGoodsDetailResponse": ".alibaba_goods_detail_response",
    "AlibabaGoodsImageSearchData": ".alibaba_goods_image_search_data",
    "AlibabaGoodsImageSearchRequest": ".alibaba_goods_image_search_request",
    "AlibabaGoodsImageSearchResponse": ".alibaba_goods_image_search_response",
    "AlibabaGoodsKeywordSearchData": ".alibaba_goods_keyword_search_data",
    "AlibabaGoodsKeywordSearchRequest": ".alibaba_goods_keyword_search_request",
    "AlibabaGoodsKeywordSearchResponse": ".alibaba_goods_keyword_search_response",
    "AlibabaGoodsProductListItem": ".alibaba_goods_product_list_item",
    "AlibabaGoodsRelatedRecommendRequest": ".alibaba_goods_related_recommend_request",
    "AlibabaGoodsRelatedRecommendResponse": ".alibaba_goods_related_recommend_response",
    "AlibabaGoodsStoreOfferItem": ".alibaba_goods_store_offer_item",
    "AlibabaGoodsStoreSearchData": ".alibaba_goods_store_search_data",
    "AlibabaGoodsStoreSearchRequest": ".alibaba_goods_store_search_request",
    "AlibabaGoodsStoreSearchResponse": ".alibaba_goods_store_search_response",
    "AlibabaOrderBatchCreateAddressParam": ".alibaba_order_batch_create_address_param",
    "AlibabaOrderBatchCreateCargo": ".alibaba_order_batch_create_cargo",
    "AlibabaOrderBatchCreateRequest": ".alibaba_order_batch_create_request",
    "AlibabaOrderBatchCreateResponse": ".alibaba_order_batch_create_response",
    "AlibabaOrderBatchSubmitToPayRequest": ".alibaba_order_batch_submit_to_pay_request",
    "AlibabaOrderBatchSubmitToPayResponse": ".alibaba_order_batch_submit_to_pay_response",
    "AlibabaOrderCancelRequest": ".alibaba_order_cancel_request",
    "AlibabaOrderCancelResponse": ".alibaba_order_cancel_response",
    "AlibabaOrderCreateAddressParam": ".alibaba_order_create_address_param",
    "AlibabaOrderCreateCargo": ".alibaba_order_create_cargo",
    "AlibabaOrderCreateRequest": ".alibaba_order_create_request",
    "AlibabaOrderCreateResponse": ".alibaba_order_create_response",
    "AlibabaOrderCreatedOrder": ".alibaba_order_created_order",
    "AlibabaOrderDetailData": ".alibaba_order_detail_data",
    "AlibabaOrderDetailRequest": ".alibaba_order_detail_request",
    "AlibabaOrderDetailResponse": ".alibaba_order_detail_response",
    "AlibabaOrderListRequest": ".alibaba_order_list_request",
    "AlibabaOrderListResponse": ".alibaba_order_list_response",
    "AlibabaOrderNativeLogistics": ".alibaba_order_native_logistics",
    "AlibabaOrderPayUrlData": ".alibaba_order_pay_url_data",
    "AlibabaOrderPayUrlResponse": ".alibaba_order_pay_url_response",
    "AlibabaOrderPreviewAddressParam": ".alibaba_order_preview_address_param",
    "AlibabaOrderPreviewBatchAddressParam": ".alibaba_order_preview_batch_address_param",
    "AlibabaOrderPreviewBatchCargo": ".alibaba_order_preview_batch_cargo",
    "AlibabaOrderPreviewBatchRequest": ".alibaba_order_preview_batch_request",
    "AlibabaOrderPreviewBatchResponse": ".alibaba_order_preview_batch_response",
    "AlibabaOrderPreviewCargo": ".alibaba_order_preview_cargo",
    "AlibabaOrderPreviewData": ".alibaba_order_preview_data",
    "AlibabaOrderPreviewRequest": ".alibaba_order_preview_request",
    "AlibabaOrderPreviewResponse": ".alibaba_order_preview_response",
    "AlibabaOrderPreviewResult": ".alibaba_order_preview_result",
    "AlibabaOrderProductItem": ".alibaba_order_product_item",
    "AlibabaOrderReceiveGoodsData": ".alibaba_order_receive_goods_data",
    "AlibabaOrderReceiveGoodsRequest": ".alibaba_order_receive_goods_request",
    "AlibabaOrderReceiveGoodsResponse": ".alibaba_order_receive_goods_response",
    "AlibabaRefundCreateData": ".alibaba_refund_create_data",
    "AlibabaRefundCreateRequest": ".alibaba_refund_create_request",
    "AlibabaRefundCreateResponse": ".alibaba_refund_create_response",
    "AlibabaRefundInfoData": ".alibaba_refund_info_data",
    "AlibabaRefundInfoRequest": ".alibaba_refund_info_request",
    "AlibabaRefundInfoResponse": ".alibaba_refund_info_response",
    "AlibabaRefundOrderEntryCount": ".alibaba_refund_order_entry_count",
    "AlibabaRefundReturnGoodsRequest": ".alibaba_refund_return_goods_request",
    "AlibabaRefundReturnGoodsResponse": ".alibaba_refund_return_goods_response",
    "CallbackAlibabaBaseInfo": ".callback_alibaba_base_info",
    "CallbackAlibabaCustoms": ".callback_alibaba_customs",
    "CallbackAlibabaExtAttribute": ".callback_alibaba_ext_attribute",
    "CallbackAlibabaGuaranteesTerms": ".callback_alibaba_guarantees_terms",
    "CallbackAlibabaNativeLogistics": ".callback_alibaba_native_logistics",
    "CallbackAlibabaOrderBizInfo": ".callback_alibaba_order_biz_info",
    "CallbackAlibabaOrderInvoiceInfo": ".callback_alibaba_order_invoice_info",
    "CallbackAlibabaOrderPriceModifyBody": ".callback_alibaba_order_price_modify_body",
    "CallbackAlibabaOrderPriceModifyMessage": ".callback_alibaba_order_price_modify_message",
    "CallbackAlibabaOrderRateInfo": ".callback_alibaba_order_rate_info",
    "CallbackAlibabaOverseasExtraAddress": ".callback_alibaba_overseas_extra_address",
    "CallbackAlibabaProductItem": ".callback_alibaba_product_item",
    "CallbackAlibabaTradeTerm": ".callback_alibaba_trade_term",
    "CallbackEnvelope": ".callback_envelope",
    "CallbackMessageBody": ".callback_message_body",
    "CallbackTaobaoOrderPriceModifyBody": ".callback_taobao_order_price_modify_body",
    "CallbackTaobaoOrderPriceModifyMessage": ".callback_taobao_order_price_modify_message",
    "CallbackTaobaoPurchaseOrderPrice": ".callback_taobao_purchase_order_price",
    "CallbackTaobaoSubOrder": ".callback_taobao_sub_order",
    "Envelope": ".envelope",
    "TaobaoAddCartItemRequest": ".taobao_add_cart_item_request",
    "TaobaoAddCartItemResponse": ".taobao_add_cart_item_response",
    "TaobaoBatchCheckGoodsData": ".taobao_batch_check_goods_data",
    "TaobaoBatchCheckGoodsRequest": ".taobao_batch_check_goods_request",
    "TaobaoBatchCheckGoodsResponse": ".taobao_batch_check_goods_response",
    "TaobaoCartOrderAddress": ".taobao_cart_order_address",
    "TaobaoCreateCartOrderRequest": ".taobao_create_cart_order_request",
    "TaobaoCreateCartOrderResponse": ".taobao_create_cart_order_response",
    "TaobaoCreateOrderRequest": ".taobao_create_order_request",
    "TaobaoCreateOrderResponse": ".taobao_create_order_response",
    "TaobaoGetGoodsData": ".taobao_get_goods_data",
    "TaobaoGetGoodsResponse": ".taobao_get_goods_response",
    "TaobaoGetGoodsSourceData": ".taobao_get_goods_source_data",
    "TaobaoGetGoodsSourceRequest": ".taobao_get_goods_source_request",
    "TaobaoGetGoodsSourceResponse": ".taobao_get_goods_source_response",
    "TaobaoGetOrderImLinkRequest": ".taobao_get_order_im_link_request",
    "TaobaoGetOrderImLinkResponse": ".taobao_get_order_im_link_response",
    "TaobaoGetOrderLogisticsDetailData": ".taobao_get_order_logistics_detail_data",
    "TaobaoGetOrderLogisticsDetailResponse": ".taobao_get_order_logistics_detail_response",
    "TaobaoGoodsMpProduct": ".taobao_goods_mp_product",
    "TaobaoGoodsNoMpReason": ".taobao_goods_no_mp_reason",
    "TaobaoOrderLogisticsGoods": ".taobao_order_logistics_goods",
    "TaobaoOrderLogisticsPartner": ".taobao_order_logistics_partner",
    "TaobaoOrderLogisticsReceiver": ".taobao_order_logistics_receiver",
    "TaobaoOrderLogisticsTrace": ".taobao_order_logistics_trace",
    "TaobaoOrderPnmLogisticsDetail": ".taobao_order_pnm_logistics_detail",
    "TaobaoRefundCancelData": ".taobao_refund_cancel_data",
    "TaobaoRefundCancelResponse": ".taobao_refund_cancel_response",
    "TaobaoRefundListRequest": ".taobao_refund_list_request",
    "TaobaoRefundListResponse": ".taobao_refund_list_response",
    "TaobaoRefundLogistics": ".taobao_refund_logistics",
    "TaobaoRefundLogisticsCompany": ".taobao_refund_logistics_company",
    "TaobaoRefundMaxRefundFee": ".taobao_refund_max_refund_fee",
    "TaobaoRefundMessageSubmitData": ".taobao_refund_message_submit_data",
    "TaobaoRefundMessageSubmitRequest": ".taobao_refund_message_submit_request",
    "TaobaoRefundMessageSubmitResponse": ".taobao_refund_message_submit_response",
    "TaobaoRefundOrder": ".taobao_refund_order",
    "TaobaoRefundOrderAggregate": ".taobao_refund_order_aggregate",
    "TaobaoRefundOrderTemplate": ".taobao_refund_order_template",
    "TaobaoRefundPurchaseOrderLine": ".taobao_refund_purchase_order_line",
    "TaobaoRefundPurchaseOrderLinePropertiesType0": ".taobao_refund_purchase_order_line_properties_type_0",
    "TaobaoRefundQueryData": ".taobao_refund_query_data",
    "TaobaoRefundQueryResponse": ".taobao_refund_query_response",
    "TaobaoRefundReason": ".taobao_refund_reason",
    "TaobaoRefundReceiverAddress": ".taobao_refund_receiver_address",
    "TaobaoRefundRenderData": ".taobao_refund_render_data",
    "TaobaoRefundRenderRequest": ".taobao_refund_render_request",
    "TaobaoRefundRenderResponse": ".taobao_refund_render_response",
    "TaobaoSearchGoodsByKeywordRequest": ".taobao_search_goods_by_keyword_request",
    "TaobaoSearchGoodsByKeywordResponse": ".taobao_search_goods_by_keyword_response",
    "TaobaoUpdateOrderWarehouseData": ".taobao_update_order_warehouse_data",
    "TaobaoUpdateOrderWarehouseRequest": ".taobao_update_order_warehouse_request",
    "TaobaoUpdateOrderWarehouseResponse": ".taobao_update_order_warehouse_response",
    "WarehouseCreateInternationalLogisticsOrderRequest": ".warehouse_create_international_logistics_order_request",
    "WarehouseCreateInternationalLogisticsOrderResponse": ".warehouse_create_international_logistics_order_response",
    "WarehouseFreightEstimateRequest": ".warehouse_freight_estimate_request",
    "WarehouseFreightEstimateResponse": ".warehouse_freight_estimate_response",
    "WarehouseFreightInfo": ".warehouse_freight_info",
    "WarehouseInnerLogisticInfo": ".warehouse_inner_logistic_info",
    "WarehouseLineItem": ".warehouse_line_item",
    "WarehouseLogisticInfo": ".warehouse_logistic_info",
    "WarehouseLogisticLineItem": ".warehouse_logistic_line_item",
    "WarehouseOrderFreightPreviewRequest": ".warehouse_order_freight_preview_request",
    "WarehouseOrderFreightPreviewResponse": ".warehouse_order_freight_preview_response",
    "WarehouseReceiverAddress": ".warehouse_receiver_address",
    "WarehouseRenderItem": ".warehouse_render_item",
    "WarehouseTmallOrderInfo": ".warehouse_tmall_order_info",
    "WarehouseUpdateDomesticLogisticsRequest": ".warehouse_update_domestic_logistics_request",
    "WarehouseUpdateDomesticLogisticsResponse": ".warehouse_update_domestic_logistics_response",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULE_OF)


__all__ = (
    "AddressAddOrUpdateRequest",
    "AddressAddOrUpdateResponse",
    "AlibabaCartAddressParam",
    "AlibabaCartCreateOrderRequest",
    "AlibabaCartCreateOrderResponse",
    "AlibabaCartEditQuantityRequest",
    "AlibabaCartEditQuantityResponse",
    "AlibabaCartEditQuantityTimeZone",
    "AlibabaCartEditQuantityUpdateTime",
    "AlibabaCartItemInfo",
    "AlibabaCartListData",
    "AlibabaCartListResponse",
    "AlibabaCartPreviewOrderRequest",
    "AlibabaCartPreviewOrderResponse",
    "AlibabaCartShopItem",
    "AlibabaGoodsDetailData",
    "AlibabaGoodsDetailRequest",
    "AlibabaGoodsDetailResponse",
    "AlibabaGoodsImageSearchData",
    "AlibabaGoodsImageSearchRequest",
    "AlibabaGoodsImageSearchResponse",
    "AlibabaGoodsKeywordSearchData",
    "AlibabaGoodsKeywordSearchRequest",
    "AlibabaGoodsKeywordSearchResponse",
    "AlibabaGoodsProductListItem",
    "AlibabaGoodsRelatedRecommendRequest",
    "AlibabaGoodsRelatedRecommendResponse",
    "AlibabaGoodsStoreOfferItem",
    "AlibabaGoodsStoreSearchData",
    "AlibabaGoodsStoreSearchRequest",
    "AlibabaGoodsStoreSearchResponse",
    "AlibabaOrderBatchCreateAddressParam",
    "AlibabaOrderBatchCreateCargo",
    "AlibabaOrderBatchCreateRequest",
    "AlibabaOrderBatchCreateResponse",
    "AlibabaOrderBatchSubmitToPayRequest",
    "AlibabaOrderBatchSubmitToPayResponse",
    "AlibabaOrderCancelRequest",
    "AlibabaOrderCancelResponse",
    "AlibabaOrderCreateAddressParam",
    "AlibabaOrderCreateCargo",
    "AlibabaOrderCreateRequest",
    "AlibabaOrderCreateResponse",
    "AlibabaOrderCreatedOrder",
    "AlibabaOrderDetailData",
    "AlibabaOrderDetailRequest",
    "AlibabaOrderDetailResponse",
    "AlibabaOrderListRequest",
    "AlibabaOrderListResponse",
    "AlibabaOrderNativeLogistics",
    "AlibabaOrderPayUrlData",
    "AlibabaOrderPayUrlResponse",
    "AlibabaOrderPreviewAddressParam",
    "AlibabaOrderPreviewBatchAddressParam",
    "AlibabaOrderPreviewBatchCargo",
    "AlibabaOrderPreviewBatchRequest",
    "AlibabaOrderPreviewBatchResponse",
    "AlibabaOrderPreviewCargo",
    "AlibabaOrderPreviewData",
    "AlibabaOrderPreviewRequest",
    "AlibabaOrderPreviewResponse",
    "AlibabaOrderPreviewResult",
    "AlibabaOrderProductItem",
    "AlibabaOrderReceiveGoodsData",
    "AlibabaOrderReceiveGoodsRequest",
    "AlibabaOrderReceiveGoodsResponse",
    "AlibabaRefundCreateData",
    "AlibabaRefundCreateRequest",
    "AlibabaRefundCreateResponse",
    "AlibabaRefundInfoData",
    "AlibabaRefundInfoRequest",
    "AlibabaRefundInfoResponse",
    "AlibabaRefundOrderEntryCount",
    "AlibabaRefundReturnGoodsRequest",
    "AlibabaRefundReturnGoodsResponse",
    "CallbackAlibabaBaseInfo",
    "CallbackAlibabaCustoms",
    "CallbackAlibabaExtAttribute",
    "CallbackAlibabaGuaranteesTerms",
    "CallbackAlibabaNativeLogistics",
    "CallbackAlibabaOrderBizInfo",
    "CallbackAlibabaOrderInvoiceInfo",
    "CallbackAlibabaOrderPriceModifyBody",
    "CallbackAlibabaOrderPriceModifyMessage",
    "CallbackAlibabaOrderRateInfo",
    "CallbackAlibabaOverseasExtraAddress",
    "CallbackAlibabaProductItem",
    "CallbackAlibabaTradeTerm",
    "CallbackEnvelope",
    "CallbackMessageBody",
    "CallbackTaobaoOrderPriceModifyBody",
    "CallbackTaobaoOrderPriceModifyMessage",
    "CallbackTaobaoPurchaseOrderPrice",
    "CallbackTaobaoSubOrder",
    "Envelope",
    "TaobaoAddCartItemRequest",
    "TaobaoAddCartItemResponse",
    "TaobaoBatchCheckGoodsData",
    "TaobaoBatchCheckGoodsRequest",
    "TaobaoBatchCheckGoodsResponse",
    "TaobaoCartOrderAddress",
    "TaobaoCreateCartOrderRequest",
    "TaobaoCreateCartOrderResponse",
    "TaobaoCreateOrderRequest",
    "TaobaoCreateOrderResponse",
    "TaobaoGetGoodsData",
    "TaobaoGetGoodsResponse",
    "TaobaoGetGoodsSourceData",
    "TaobaoGetGoodsSourceRequest",
    "TaobaoGetGoodsSourceResponse",
    "TaobaoGetOrderImLinkRequest",
    "TaobaoGetOrderImLinkResponse",
    "TaobaoGetOrderLogisticsDetailData",
    "TaobaoGetOrderLogisticsDetailResponse",
    "TaobaoGoodsMpProduct",
    "TaobaoGoodsNoMpReason",
    "TaobaoOrderLogisticsGoods",
    "TaobaoOrderLogisticsPartner",
    "TaobaoOrderLogisticsReceiver",
    "TaobaoOrderLogisticsTrace",
    "TaobaoOrderPnmLogisticsDetail",
    "TaobaoRefundCancelData",
    "TaobaoRefundCancelResponse",
    "TaobaoRefundListRequest",
    "TaobaoRefundListResponse",
    "TaobaoRefundLogistics",
    "TaobaoRefundLogisticsCompany",
    "TaobaoRefundMaxRefundFee",
    "TaobaoRefundMessageSubmitData",
    "TaobaoRefundMessageSubmitRequest",
    "TaobaoRefundMessageSubmitResponse",
    "TaobaoRefundOrder",
    "TaobaoRefundOrderAggregate",
    "TaobaoRefundOrderTemplate",
    "TaobaoRefundPurchaseOrderLine",
    "TaobaoRefundPurchaseOrderLinePropertiesType0",
    "TaobaoRefundQueryData",
    "TaobaoRefundQueryResponse",
    "TaobaoRefundReason",
    "TaobaoRefundReceiverAddress",
    "TaobaoRefundRenderData",
    "TaobaoRefundRenderRequest",
    "TaobaoRefundRenderResponse",
    "TaobaoSearchGoodsByKeywordRequest",
    "TaobaoSearchGoodsByKeywordResponse",
    "TaobaoUpdateOrderWarehouseData",
    "TaobaoUpdateOrderWarehouseRequest",
    "TaobaoUpdateOrderWarehouseResponse",
    "WarehouseCreateInternationalLogisticsOrderRequest",
    "WarehouseCreateInternationalLogisticsOrderResponse",
    "WarehouseFreightEstimateRequest",
    "WarehouseFreightEstimateResponse",
    "WarehouseFreightInfo",
    "WarehouseInnerLogisticInfo",
    "WarehouseLineItem",
    "WarehouseLogisticInfo",
    "WarehouseLogisticLineItem",
    "WarehouseOrderFreightPreviewRequest",
    "WarehouseOrderFreightPreviewResponse",
    "WarehouseReceiverAddress",
    "WarehouseRenderItem",
    "WarehouseTmallOrderInfo",
    "WarehouseUpdateDomesticLogisticsRequest",
    "WarehouseUpdateDomesticLogisticsResponse",
)
