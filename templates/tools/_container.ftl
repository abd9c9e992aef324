<#-- The workload's one container (containers: list), at the given indentation. -->
<#macro containers workload indent>
<#local i = ""?left_pad(indent)>
${i}containers:
${i}  - name: ${yaml(workload.name)}
${i}    image: ${workload.image?c}
<#if workload.command?has_content>
${i}    command:
<#list workload.command as word>
${i}      - ${word?c}
</#list>
</#if>
${i}    ports:
${i}      - name: http
${i}        containerPort: ${workload.containerPort}
</#macro>
