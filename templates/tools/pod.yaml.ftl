<#import "/_common.ftl" as c>
<#import "_container.ftl" as ct>
<@c.banner/>
# nodeName binds the pod to ${workload.nodeName} without the scheduler, so it lands there every time.
apiVersion: v1
kind: Pod
metadata:
  name: ${yaml(workload.name)}
  namespace: default
<#if annotations?has_content>
  annotations:
<#list annotations as key, value>
    ${key}: ${value?c}
</#list>
</#if>
  labels:
    app: ${yaml(workload.app)}
spec:
  nodeName: ${yaml(workload.nodeName)}
<@ct.containers workload=workload indent=2/>
