# generated from openapi/pandapon.yaml by generator/generate.py; do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import new_json_object

T = TypeVar("T", bound="AlibabaGoodsProductListItem")


@_attrs_define
class AlibabaGoodsProductListItem:
    """One product in a 1688 keyword or image search result (`AlibabaProductListInfoV2VO`); fields beyond `imageUrl` and
    `subject` arrive in `additional_properties`.

        Attributes:
            image_url (str | None): Main image URL
            subject (str | None): Title
    """

    image_url: str | None = None
    subject: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=new_json_object)
    _present: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        present = frozenset(self._present)
        if self.image_url is not None or "imageUrl" in present:
            field_dict["imageUrl"] = self.image_url
        if self.subject is not None or "subject" in present:
            field_dict["subject"] = self.subject
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, tolerantly (see the class docstring)."""
        d = dict(src_dict)
        image_url = d.pop("imageUrl", None)
        subject = d.pop("subject", None)
        alibaba_goods_product_list_item = cls(
            image_url,
            subject,
        )
        alibaba_goods_product_list_item.additional_properties = d
        alibaba_goods_product_list_item._present = tuple(src_dict)
        return alibaba_goods_product_list_item

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
