<#-- The pod template shared by DaemonSets and Deployments, indented for spec.template. -->
<#import "_container.ftl" as ct>
<#macro podTemplate workload>
  template:
    metadata:
      labels:
        app: ${yaml(workload.app)}
    spec:
<#if workload.tolerateControlPlane>
      tolerations:
        - key: node-role.kubernetes.io/control-plane
          operator: Exists
          effect: NoSchedule
</#if>
<@ct.containers workload=workload indent=6/>
</#macro>
