<#import "/_common.ftl" as c>
<@c.banner/>
# Selected nodes: ${peer.nodes?join(", ")}
apiVersion: crd.projectcalico.org/v1
kind: BGPPeer
metadata:
  name: ${yaml(peer.name)}
spec:
  peerIP: ${peer.peerIP?c}
  asNumber: ${peer.asNumber}
  nodeSelector: ${peer.nodeSelector?c}
