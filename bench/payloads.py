"""Deterministic, realistic payloads for the benchmark (no randomness: every run measures the same bytes)."""

from __future__ import annotations

import json
from typing import Any

SEARCH_REQUEST: dict[str, Any] = {
    "keyword": "男鞋",
    "beginPage": 1,
    "pageSize": 10,
    "country": "en",
    "filter": "shipInToday,ksCiphertext",
    "sort": '{"price":"desc"}',
    "outMemberId": "",
    "priceStart": "633.69",
    "priceEnd": "647.60",
    "categoryId": "",
}


def _envelope(data: Any) -> dict[str, Any]:
    return {
        "requestId": "657eee317da94075bf4301116f7d61d9",
        "code": 200,
        "developId": "1110890638347337996",
        "msg": "成功",
        "data": data,
    }


def search_response() -> bytes:
    """One page of 1688 keyword-search results, ~2 KB: the response of the operation benchmarked per call."""
    items = [
        {
            "imageUrl": f"https://cbu01.alicdn.com/img/ibank/O1CN01Gf8JoQ20i0lN5N8v{i}_!!2207943566882-0-cib.jpg",
            "subject": f"男鞋 夏季透气运动休闲鞋 款{i}",
            "subjectTrans": f"Men's summer breathable sports casual shoes #{i}",
            "offerId": 743470146022 + i,
            "priceInfo": {"price": "39.90", "consignPrice": "42.00"},
        }
        for i in range(6)
    ]
    data = {"totalRecords": 2000, "totalPage": 200, "pageSize": 10, "currentPage": 1, "data": items}
    return json.dumps(_envelope(data), ensure_ascii=False, separators=(",", ":")).encode()


def product_detail_response(skus: int = 500) -> bytes:
    """A 1688 product detail with ``skus`` SKUs (~300 KB for 500), shaped like the v2 product-detail pages."""
    sku_infos = [
        {
            "skuId": 5000000000000 + i,
            "specId": f"e61a85a671bb3d0301d0412b5164{i:04d}",
            "price": f"{19 + i % 7}.90",
            "consignPrice": f"{21 + i % 7}.50",
            "amountOnSale": 1000 + i,
            "cargoNumber": f"SKU-{i:05d}",
            "skuAttributes": [
                {"attributeId": 3216, "attributeName": "颜色", "attributeNameTrans": "Color",
                 "value": f"颜色{i % 25}", "valueTrans": f"Color {i % 25}",
                 "skuImageUrl": f"https://cbu01.alicdn.com/img/ibank/O1CN01sku{i:05d}_!!983630729-0-cib.jpg"},
                {"attributeId": 450, "attributeName": "尺码", "attributeNameTrans": "Size",
                 "value": f"{35 + i % 20}", "valueTrans": f"{35 + i % 20}", "skuImageUrl": None},
            ],
        }
        for i in range(skus)
    ]  # fmt: skip
    data = {
        "offerId": 706627393257,
        "categoryId": 1033054,
        "categoryName": None,
        "subject": "PVC插页文件夹A4加厚活页本文件夹防水外壳学生试卷收纳档案夹",
        "subjectTrans": "PVC insert folder A4 thickened loose-leaf book folder waterproof shell",
        "description": "<div id='offer-template-0'></div>"
        + "<p><img src='https://cbu01.alicdn.com/img/x.jpg'/></p>" * 600,
        "mainVideo": "https://cloud.video.taobao.com/play/u/2207943566882/p/1/e/6/t/1/400000000.mp4",
        "productImage": {"images": [f"https://cbu01.alicdn.com/img/ibank/O1CN01img{i}.jpg" for i in range(12)]},
        "productAttribute": [
            {
                "attributeId": str(i),
                "attributeName": f"属性{i}",
                "value": f"值{i}",
                "attributeNameTrans": f"Attribute {i}",
            }
            for i in range(30)
        ],
        "productSkuInfos": sku_infos,
        "productSaleInfo": {"amountOnSale": 99999, "priceRangeList": [{"startQuantity": 1, "price": "19.90"}]},
        "productShippingInfo": {"sendGoodsAddressText": "浙江省 金华市", "weight": 0.5},
        "sellerOpenId": "BBBgG7gUTtxR0dsHQ_OaZJz6Q",
        "minOrderQuantity": 2,
        "batchNumber": 1,
        "status": "published",
        "tagInfoList": [{"key": "isOnePsale", "value": True}],
        "traceInfo": "object_id@706627393257^object_type@offer",
        "companyName": "义乌市某某文具有限公司",
        "sellerDataInfo": {"tradeMedalLevel": "4", "compositeServiceScore": "4.5"},
    }
    return json.dumps(_envelope(data), ensure_ascii=False, separators=(",", ":")).encode()
