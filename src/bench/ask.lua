-- wrk script: POST /api/ask, rotating through questions of the golden set (and unrelated ones).
local questions = {
  "What tariff rate did Brussels finally set on electric cars made in China?",
  "Which hacker group did Canberra blame for stealing passwords from Australian networks?",
  "How many AI requests does Baidu's Ernie platform handle every day?",
  "What's the news about Baidu?",
  "What price did Shenzhen University pay for cloud access to Nvidia A100 and H100 hardware?",
  "How much training data did the Chinese engineers carry to Malaysia in their luggage?",
  "Summarise how Chinese companies use cloud services to reach US AI chips",
  "What is a good recipe for banana bread?",
}
local i = 0
request = function()
  i = i % #questions + 1
  local body = '{"question": "' .. questions[i] .. '"}'
  return wrk.format("POST", "/api/ask", {["Content-Type"] = "application/json"}, body)
end
