# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaobaoGetOrderImLinkRequest")


@_attrs_define
class TaobaoGetOrderImLinkRequest:
    """Body of the IM-link request. Every field is optional: send `sourceType` with `bizId`, or `loginName`, `password`,
    `pageName` and `pageParamMap`, as your account expects.

        Attributes:
            login_name (str | Unset): Login name of the IM chat (optional).
            password (str | Unset): Password of the IM login (optional).
            page_name (str | Unset): Name of the IM view to open (optional).
            page_param_map (str | Unset): Probably a JSON-encoded object with `sourceType` and `bizId` (e.g.
                `{"sourceType":"item","bizId":"700187748440"}`).
            source_type (str | Unset): What the chat is about, e.g. `item`.
            biz_id (str | Unset): Id of that object, e.g. an item id `234576234`.
    """

    login_name: str | Unset = UNSET
    password: str | Unset = UNSET
    page_name: str | Unset = UNSET
    page_param_map: str | Unset = UNSET
    source_type: str | Unset = UNSET
    biz_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        login_name = self.login_name

        password = self.password

        page_name = self.page_name

        page_param_map = self.page_param_map

        source_type = self.source_type

        biz_id = self.biz_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if login_name is not UNSET:
            field_dict["loginName"] = login_name
        if password is not UNSET:
            field_dict["password"] = password
        if page_name is not UNSET:
            field_dict["pageName"] = page_name
        if page_param_map is not UNSET:
            field_dict["pageParamMap"] = page_param_map
        if source_type is not UNSET:
            field_dict["sourceType"] = source_type
        if biz_id is not UNSET:
            field_dict["bizId"] = biz_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        login_name = d.pop("loginName", UNSET)

        password = d.pop("password", UNSET)

        page_name = d.pop("pageName", UNSET)

        page_param_map = d.pop("pageParamMap", UNSET)

        source_type = d.pop("sourceType", UNSET)

        biz_id = d.pop("bizId", UNSET)

        taobao_get_order_im_link_request = cls(
            login_name=login_name,
            password=password,
            page_name=page_name,
            page_param_map=page_param_map,
            source_type=source_type,
            biz_id=biz_id,
        )

        taobao_get_order_im_link_request.additional_properties = d
        return taobao_get_order_im_link_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
