<#-- The pod template shared by DaemonSets and Deployments, indented for spec.template. -->
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
      containers:
        - name: ${yaml(workload.name)}
          image: ${workload.image?c}
          ports:
            - name: http
              containerPort: ${workload.containerPort}
</#macro>
