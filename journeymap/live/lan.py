"""This computer's addresses on the room's network, for the link people join with (no traffic sent)."""

from __future__ import annotations

import ipaddress

ANY = ("0.0.0.0", "::")


def lan_addresses() -> list[str]:
    """IPv4 addresses of this computer's running network interfaces, private ranges first; no loopback."""
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

    found = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp or flags & QNetworkInterface.InterfaceFlag.IsLoopBack:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                found.append(ip.toString())
    return sorted(dict.fromkeys(found), key=lambda a: (not ipaddress.ip_address(a).is_private, a))


def address_to_show(bound: str) -> str:
    """The address to put in the link when the host is bound to ``bound`` (all interfaces: the first LAN one)."""
    if bound in ANY:
        addresses = lan_addresses()
        return addresses[0] if addresses else "127.0.0.1"
    return bound
