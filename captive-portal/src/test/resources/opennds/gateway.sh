#!/bin/bash
# Starts Debian's openNDS 9.10 as the test's gateway. Run as
#   ip netns exec <gateway-ns> unshare -m --propagation private bash gateway.sh <opennds.conf> <lease line>
# so that everything it writes stays in this private mount namespace and the gateway's network namespace:
# openNDS and its scripts use fixed paths (/tmp/ndsctl.sock, /tmp/ndslog, /tmp/dhcp.leases,
# /etc/opennds/opennds.conf, /etc/hosts, /etc/dnsmasq.conf) and try to restart dnsmasq.
set -euo pipefail
conf=$(cat "$1")
lease=$2

# /tmp: openNDS's state on a tmpfs of its own (its scripts look for a tmpfs mount point there).
mount -t tmpfs -o size=32m,mode=1777 pita-nds /tmp
# /etc: a writable overlay, so the config, /etc/hosts and dnsmasq edits never reach the host.
mkdir -p /tmp/.etc-upper /tmp/.etc-work
mount -t overlay overlay -o lowerdir=/etc,upperdir=/tmp/.etc-upper,workdir=/tmp/.etc-work /etc
printf '%s\n' "$conf" > /etc/opennds/opennds.conf
# Without a lease for the client openNDS refuses it (403): it looks the MAC up in the dnsmasq lease file.
printf '%s\n' "$lease" > /tmp/dhcp.leases
# No dnsmasq here: its restart must not touch the host's services.
mount --bind /bin/true /usr/bin/systemctl
# iptables-nft 1.8.9 cannot add rules to the priority -100 INPUT/FORWARD base chains openNDS makes with nft
# ("CHAIN_ADD failed (Operation not supported)" on this kernel); the legacy backend works. This is
# `update-alternatives --set iptables /usr/sbin/iptables-legacy`, private to this mount namespace.
for t in iptables iptables-restore iptables-save; do
    ln -sfn "/usr/sbin/${t/iptables/iptables-legacy}" "/etc/alternatives/$t"
done
exec /usr/bin/opennds -f -d 3 -c /etc/opennds/opennds.conf
