<#import "/_common.ftl" as c>
<@c.banner/>
# Calico assigns LoadBalancer service addresses from this pool; BGPConfiguration serviceLoadBalancerIPs advertises it.
<#list pools as pool>
<#if !pool?is_first>
---
</#if>
apiVersion: crd.projectcalico.org/v1
kind: IPPool
metadata:
  name: ${yaml(pool.name)}
spec:
  cidr: ${pool.cidr?c}
  blockSize: ${pool.blockSize}
  natOutgoing: ${pool.natOutgoing}
  disabled: false
  nodeSelector: ${pool.nodeSelector?c}
  assignmentMode: ${pool.assignmentMode}
  allowedUses:
<@c.yamlList items=pool.allowedUses indent=4/>
</#list>
