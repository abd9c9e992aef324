<#import "/_common.ftl" as c>
<@c.banner/>
# The generator's decisions that no Kubernetes or router file carries; the runtimes read them.
lab: ${yaml(lab.name)}
<#if torName??>
tor: ${torName}
torPlatform: ${torPlatform}
</#if>
<#if network??>
# No ToR: the nodes sit on one flat network (kind's Docker network; under containerlab Docker picks the addresses).
network: {name: ${yaml(network.name)}, subnet: ${network.subnet}, gateway: ${network.gateway}}
nodes:
<#list nodes as node>
  - {name: ${node.name}, ip: ${node.ip}}
</#list>
</#if>
<#if blocks?has_content>
blocks:
<#list blocks as block>
  - {node: ${yaml(block.node)}, cidr: ${block.cidr}, pool: ${yaml(block.pool)}, pinned: ${block.pinned}}
</#list>
<#else>
blocks: []
</#if>
<#if pods?has_content>
pods:
<#list pods as pod>
  - {name: ${yaml(pod.name)}, workload: ${yaml(pod.workload)}, node: ${yaml(pod.node)}, ip: ${pod.ip}}
</#list>
<#else>
pods: []
</#if>
# Every check `lab verify` runs, in this order (derived from the lab; expect: in lab.yaml adds, replaces or removes).
<#if checks?has_content>
checks:
<#list checks as check>
  - {<#list check as key, value>${key}: ${value}<#sep>, </#list>}
</#list>
<#else>
checks: []
</#if>
