<#import "/_common.ftl" as c>
<@c.banner/>
# Calico ${calico.version} through the Tigera operator: the Installation and the Calico API server.
apiVersion: operator.tigera.io/v1
kind: Installation
metadata:
  name: default
spec:
  calicoNetwork:
<#if calico.mtu??>
    # The pod network's MTU; left out, Calico takes the smallest host interface MTU minus the encapsulation's overhead.
    mtu: ${calico.mtu}
</#if>
    ipPools:
<#list calico.pools as pool>
      - name: ${yaml(pool.name)}
        cidr: ${pool.cidr?c}
        blockSize: ${pool.blockSize}
        encapsulation: ${pool.encapsulation}
        natOutgoing: ${pool.natOutgoingText}
        nodeSelector: ${pool.nodeSelector?c}
        disableBGPExport: ${pool.disableBGPExport}
</#list>
<#if calico.nodeAddressCidrs?has_content>
    nodeAddressAutodetectionV4:
      cidrs:
<@c.yamlList items=calico.nodeAddressCidrs indent=8/>
</#if>
---
apiVersion: operator.tigera.io/v1
kind: APIServer
metadata:
  name: default
spec: {}
